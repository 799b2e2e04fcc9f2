import { check } from "../testing";
import { pageHeader } from "./pageHeader";

describe("page-header", () => {
  it("flags the site's name right above its breadcrumb at the top", () => {
    expect(check(pageHeader, ["溪山县人民政府", "首页 >> 政务公开", "溪山县人民政府关于做好秋收工作的通知"]).map((f) => f.paragraph)).toEqual([0]);
  });

  it("flags the breadcrumb's last item printed again below it", () => {
    expect(check(pageHeader, ["当前位置：范文网>> 公文写作>> 工作动态", "工作动态", "在全县秋收工作会议上的讲话"]).map((f) => f.paragraph)).toEqual([1]);
  });

  it("keeps an issuer's name above the title and lines far from any breadcrumb", () => {
    expect(check(pageHeader, ["溪山县人民政府", "溪山县人民政府关于做好秋收工作的通知", "各乡镇人民政府："])).toEqual([]);
  });
});

describe("page-header and a path ending at the article", () => {
  it("keeps the document's title below a path that ends with it", () => {
    expect(check(pageHeader, ["首页 > 通知公告 > 放假通知", "放假通知", "各科室："])).toEqual([]);
  });
});

describe("page-header and a title above the path", () => {
  it("keeps a document's title printed above the breadcrumb", () => {
    expect(check(pageHeader, ["政府工作报告", "当前位置：首页 > 政务公开 > 政府工作报告", "各位代表："])).toEqual([]);
  });
});
