package org.indicatortracker.report;

/** The level of government a report comes from. */
public enum RegionLevel {
    national, provincial, prefecture, county_level_city, county, district, unknown
}
