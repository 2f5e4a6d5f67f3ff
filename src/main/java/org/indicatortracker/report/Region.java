package org.indicatortracker.report;

import java.util.List;

/**
 * A place of the gazetteer.
 *
 * @param code       6-digit administrative code (GB/T 2260); 100000 for the nation
 * @param name       full official name (伊犁哈萨克自治州)
 * @param level      its level of government
 * @param parentCode the code of the level above, null for the nation
 * @param shortName  the name without suffix or ethnic qualifiers (伊犁), or null
 * @param formerNames names it had before (那曲地区 for 那曲市, 莱芜市 for 莱芜区)
 */
public record Region(
        String code, String name, RegionLevel level, String parentCode, String shortName, List<String> formerNames) {
    public Region {
        formerNames = List.copyOf(formerNames);
    }
}
