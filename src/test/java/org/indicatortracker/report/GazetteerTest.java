package org.indicatortracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void shortNamesOfAutonomousPrefecturesResolve() {
        assertThat(gazetteer.resolve("伊犁州", null))
                .get()
                .extracting(Region::code, Region::name)
                .containsExactly("654000", "伊犁哈萨克自治州");
        assertThat(gazetteer.resolve("黔西南州", null))
                .get()
                .extracting(Region::name)
                .isEqualTo("黔西南布依族苗族自治州");
    }

    @Test
    void howAReportCallsItsGovernmentDecidesBetweenNamesakes() {
        assertThat(gazetteer.resolve("吉林", "省")).get().extracting(Region::code).isEqualTo("220000");
        assertThat(gazetteer.resolve("吉林", "市")).get().extracting(Region::code).isEqualTo("220200");
        assertThat(gazetteer.resolve("广西", "自治区"))
                .get()
                .extracting(Region::name)
                .isEqualTo("广西壮族自治区");
    }

    @Test
    void aDistrictResolvesThroughItsParentAndIsNamedWithIt() {
        Region r = gazetteer.resolve("泰州市高港区", null).orElseThrow();
        assertThat(r.level()).isEqualTo(RegionLevel.district);
        assertThat(gazetteer.parent(r)).get().extracting(Region::name).isEqualTo("泰州市");
        assertThat(gazetteer.displayName(r)).isEqualTo("泰州市高港区");
        // Two 西湖区: the parent decides.
        assertThat(gazetteer.resolve("南昌市西湖区", null))
                .get()
                .extracting(Region::code)
                .isEqualTo("360103");
    }

    @Test
    void aCountyLevelCityKnowsItsParentAndProvince() {
        Region yima = gazetteer.resolve("义马市", null).orElseThrow();
        assertThat(yima.level()).isEqualTo(RegionLevel.county_level_city);
        assertThat(gazetteer.parent(yima)).get().extracting(Region::name).isEqualTo("三门峡市");
        assertThat(gazetteer.province(yima)).get().extracting(Region::name).isEqualTo("河南省");
        assertThat(gazetteer.displayName(yima)).isEqualTo("义马市");
    }

    @Test
    void aCityWithoutDistrictsIsOnePlace() {
        assertThat(gazetteer.named("东莞市"))
                .singleElement()
                .extracting(Region::level)
                .isEqualTo(RegionLevel.prefecture);
    }

    @Test
    void aRepeatedSuffixIsATypo() {
        assertThat(gazetteer.resolve("连云港市市", null))
                .get()
                .extracting(Region::name)
                .isEqualTo("连云港市");
    }

    @Test
    void aNameOfNoPlaceResolvesToNothing() {
        assertThat(gazetteer.resolve("云溪市", null)).isEmpty();
        assertThat(gazetteer.resolve("自治区", null)).isEmpty();
        assertThat(gazetteer.resolve("市", null)).isEmpty();
    }

    @Test
    void municipalitiesAreTheirOwnLevel() {
        assertThat(gazetteer.byName("重庆市")).get().extracting(Region::level).isEqualTo(RegionLevel.municipality);
        assertThat(gazetteer.byName("全国")).get().extracting(Region::level).isEqualTo(RegionLevel.national);
    }

    @Test
    void formerNamesResolveToTheRegionToday() {
        assertThat(gazetteer.resolve("那曲地区", null))
                .get()
                .extracting(Region::name)
                .isEqualTo("那曲市");
        Region laiwu = gazetteer.resolve("莱芜市", null).orElseThrow();
        assertThat(gazetteer.displayName(laiwu)).isEqualTo("济南市莱芜区");
        // Renamed in place, found through its parent: 邢台市桥东区 is 襄都区 today.
        assertThat(gazetteer.resolve("邢台市桥东区", null))
                .get()
                .extracting(Region::name)
                .isEqualTo("襄都区");
    }
}
