package org.indicatortracker.report;

/** The level of government a report comes from, as the gazetteer records it. */
public enum RegionLevel {
    national,
    provincial,
    municipality,
    prefecture,
    county_level_city,
    county,
    district,
    unknown;

    /** Provinces, autonomous regions and the four municipalities under the central government. */
    public boolean provincialLevel() {
        return this == provincial || this == municipality;
    }

    /** Counties, districts and county-level cities. */
    public boolean countyLevel() {
        return this == county_level_city || this == county || this == district;
    }
}
