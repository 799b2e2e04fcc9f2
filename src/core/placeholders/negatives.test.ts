import { scanParagraph } from "./scan";

describe("text that is not a placeholder", () => {
  it.each([
    "拍X射线片检查",
    "拍X光片",
    "X轴与Y轴",
    "X型结构",
    "用XML格式报送",
    "XGA分辨率",
    "用Excel汇总",
    "Windows XP系统",
    "iPhone X手机",
    "颜色选项上，XR提供六种配色，X则限于传统银灰黑。",
    "而X和XS约为13-14小时。",
    "万磁王与X教授的关系",
    "狼人加入X-Men。",
    "X 世代对现代科技的审慎接受",
    "钻进他心爱的X档案中",
    "Xbox游戏机",
    "面积3×4米",
    "规格2 x 3",
    "第Ⅹ章",
    "某些单位",
    "某种程度",
    "某个方面",
    "某一时期",
    "二〇二〇年",
    "全年新增就业2.35万人",
    "今年1-5月",
    "【打击倒卖活动】",
    "【 发布日期：（25-09-22 08:27:00） 】 | 【 点击：】",
    "（请认真阅读下面的提示信息）",
    "（此页无正文）",
    "（请于3月5日前将回执报送县政府办公室）",
    "（请携带身份证原件）",
    "【证明信格式】",
    "（一）要带头秉公用权",
    "下划线_用法",
    "λ 是 X 射线的波长",
    "在直角坐标系中，点P的位置记作(x,y)，x为横坐标。",
    "当x<0且y>0时，点位于第二象限。",
    "拍 x 光片",
    "X 光检查",
    "基于X86的系统",
    "型号X200",
    "箱体尺寸5m×3m×2m",
    "房间3×4米",
    "尺寸为5898*2352*2390mm",
    "（试行）",
    "（一）要带头",
    "（2021—2025年）",
    "（以下简称“规划”）",
    "【工作动态】",
    "参见文献[1]",
    "* 第一项",
    "分别用IX、X、XI来表示",
    "分别是XO、XXX、XXY、XYY",
    "《儿童X/O型腿是否需要矫正》",
    "具有XX染色体的男人",
    "尺寸长×宽：450×450",
    "女性的性染色体是XX，男性的性染色体是XY",
    "女性染色体46XX是指两条性染色体",
    "“X的力量超过一切字母”",
    "“X”代表罗马数字10",
    "老式電子錶x代表數字10",
    "“X”常用于表示“扩展版”",
    "形成一个“X”形",
  ])("%s", (text) => {
    expect(scanParagraph(text)).toEqual([]);
  });

  it("still reports quoted and explained markers in drafts", () => {
    expect(scanParagraph("围绕“XX”主题，XX代表发言").map((h) => h.text)).toEqual(["XX", "XX"]);
    expect(scanParagraph("打造“X”字号品牌").map((h) => h.text)).toEqual(["X"]);
  });

  it("does not take a sentence-final dot into a token", () => {
    expect(scanParagraph("增长X.").map((h) => h.text)).toEqual(["X"]);
  });
});

describe("marks printed as they are", () => {
  it.each(["单位（盖章）", "（公章）", "委托人（签名）："])("%s", (text) => {
    expect(scanParagraph(text)).toEqual([]);
  });
});

describe("a lowercase x beside a lone y (rule 14)", () => {
  it("still reports a lowercase x when no variable y is written", () => {
    expect(scanParagraph("全年接待游客x万人次").length).toBeGreaterThan(0);
  });

  it("still reports a capital X in a sentence with a y", () => {
    expect(scanParagraph("y轴方向增加X万吨").length).toBeGreaterThan(0);
  });
});

describe("short model codes and products called X (rules 15 and 16)", () => {
  it.each([
    "在某品牌X1以及X3之后，下一款国产车型将会是X5。",
    "据报道，X5会在沈阳工厂生产。",
    "社交媒体平台X的老板发帖称，使用量创下了纪录。",
    "这个原名Twitter的平台，在X上的讨论很多。",
    "有用户呼吁马斯克撤换X的负责人。",
    "锐龙9 7950X（售价 5499元）和锐龙5 7600X两款处理器。",
    "双击X坐标轴，将原有的X坐标轴标签隐藏起来。",
    "今年只为 X 产品线推出了两款手机。",
  ])("%s", (text) => {
    expect(scanParagraph(text)).toEqual([]);
  });

  it("still reports X and a digit with a unit, and a lone X before a title or a unit", () => {
    expect(scanParagraph("全年新增X5个项目").map((h) => h.text)).toEqual(["X5"]);
    expect(scanParagraph("完成95X项，新增100X个").map((h) => h.text)).toEqual(["95X", "100X"]);
    expect(scanParagraph("X市X局长出席").map((h) => h.text)).toEqual(["X", "X"]);
  });
});
