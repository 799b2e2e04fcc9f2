import { readFileSync } from "node:fs";
import { join } from "node:path";
import data from "../../../data/divisions.json";
import { splitLines } from "../../document/snapshot";
import { type DivisionData, buildDivisionIndex } from "../divisions";
import { check, texts } from "../testing";
import { foreignPlace } from "./foreignPlace";

const divisions = buildDivisionIndex(data as DivisionData);
const seed004 = splitLines(readFileSync(join(__dirname, "../../../../tests/fixtures/seeds/004_88f04c4c9db11306.txt"), "utf8"));

describe("foreign-place", () => {
  it("finds 泸县 in the 县 speech when the document is another county's", () => {
    const fs = check(foreignPlace, seed004, { region: "富顺县", divisions });
    expect(texts(fs)).toEqual(["泸县"]);
    expect(fs[0]?.message).toContain("泸州市");
  });

  it("accepts the region, its parents and its children", () => {
    expect(check(foreignPlace, seed004, { region: "泸县", divisions })).toEqual([]);
    expect(check(foreignPlace, seed004, { region: "泸州市", divisions })).toEqual([]);
    expect(check(foreignPlace, ["四川省泸州市泸县和龙马潭区"], { region: "泸县", divisions }).map((f) => f.text)).toEqual(["龙马潭区"]);
  });

  it("reports other provinces and cities", () => {
    expect(texts(check(foreignPlace, ["学习浙江省杭州市的经验"], { region: "广元市", divisions }))).toEqual(["浙江省", "杭州市"]);
  });

  it("does nothing without a region, and ignores ordinary words", () => {
    expect(check(foreignPlace, seed004, { divisions })).toEqual([]);
    expect(check(foreignPlace, ["城区和郊区的区域发展、市场监管"], { region: "广元市", divisions })).toEqual([]);
  });

  it("reads a one-character county run into the words around it as those words (和县内, 代县长), not as the county", () => {
    expect(check(foreignPlace, ["统筹城乡和县域发展", "贯彻中央、省、市和县委的部署", "副县长、代县长张三出席", "省、市和县人民政府"], { region: "和政县", divisions })).toEqual([]);
    expect(texts(check(foreignPlace, ["学习安徽省和县的经验", "和县县委书记来我县考察"], { region: "和政县", divisions }))).toEqual(["安徽省", "和县", "和县"]);
  });

  it("reads a district name before 管委会 as a zone's name, not the district", () => {
    expect(check(foreignPlace, ["市城乡一体化示范区、经济技术开发区、东城区管委会，市直各单位："], { region: "许昌市", divisions })).toEqual([]);
    expect(texts(check(foreignPlace, ["北京市东城区的经验"], { region: "许昌市", divisions }))).toEqual(["北京市", "东城区"]);
  });

  it("takes a region below the county with the parents the document names before it", () => {
    const lines = ["宁波市鄞州区下应街道2023年上半年工作总结", "与鄞州区其他街道和宁波市一道，学习富顺县经验"];
    expect(texts(check(foreignPlace, lines, { region: "下应街道", divisions }))).toEqual(["富顺县"]);
  });
});
