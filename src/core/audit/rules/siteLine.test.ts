import { check } from "../testing";
import { siteLine } from "./siteLine";

const flagged = (lines: string[]) => check(siteLine, lines).map((f) => f.paragraph);

describe("site-line", () => {
  it("flags breadcrumbs", () => {
    expect(flagged(["当前位置：范文都 > 学生 > 节日庆典", "首页 > 范文 > 讲话稿", "> 旅游", "选择区域：>>"])).toEqual([0, 1, 2, 3]);
  });

  it("flags post dates: numeric dates, or a date with a clock time and a page word", () => {
    expect(flagged(["发布时间：2019/05/20", "时间：2021-08-31", "2021年02月23日 14:28   来源：温州日报", "格式：DOC 上传日期：2023-12-13 18:33:15", "发布日期：2019年05月20日", "阅读次数：1024"])).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("flags a byline whose date the page left empty, and an article number after a document kind", () => {
    expect(flagged(["时间： 淑娟 公示", "实施方案 1"])).toEqual([0, 1]);
    expect(flagged(["时间：上午 九时", "时间：本周五 下午", "时间：待定 地点：三楼会议室", "附件 1", "会议议程"])).toEqual([]);
  });

  it("flags a lead-in that explains the document kind and then asks the reader, not a speech's own question", () => {
    expect(flagged(["为保证工作质量，就需要我们事先制定方案，方案属于计划类文书的一种。那么优秀的方案是什么样的呢？"])).toEqual([0]);
    expect(flagged(["大家都很关心这项工作。那么，我们该怎么办呢？", "文书档案要规范管理。档案室建好了吗？", "公文是一种重要的文书。那么大家都学会了吗"])).toEqual([]);
  });

  it("flags page titles, article numbers and file names", () => {
    expect(flagged(["法定节日放假通知范文（14篇）", "公司放假通知文案（通用11篇）", "实施方案最新10篇", "法定节日放假通知篇一", "介绍信是什么 篇1", "张北年鉴乡镇编纂提纲.doc"])).toEqual([0, 1, 2, 3, 4, 5]);
    // a compilation's title with its page counter; a page of a document (第3页) in a sentence is text
    expect(flagged(["乡2023年政府工作报告-10篇（第20/30页）", "详见《实施细则》第3页。"])).toEqual([0]);
  });

  it("flags navigation, recommendations and copyright lines", () => {
    expect(flagged(["- 下一篇：区工商联五年工作总结", "猜你喜欢", "换一换", "Copyright © 2024. 范文都 All right reserved", "点击下载文档"])).toEqual([0, 1, 2, 3, 4]);
  });

  it("flags a pasted table of contents", () => {
    expect(flagged(["目录", "目录会议通知的种类与方式1会议通知的内容与格式2会议回执3"])).toEqual([0, 1]);
  });

  it("flags the site talking about itself or to its readers, and page numbers", () => {
    expect(
      flagged([
        "本网站标明原创的文章，版权归本站所有，欢迎任何形式的转载，但请务必注明出处",
        "今天小编整理了名单公示的格式及范文供大家参考，一起来看看吧！",
        "365读书网-读万卷书行万里路",
        "将本文的word文档下载到电脑，方便收藏和打印",
        "59",
        "4页",
        "索引号： | 002590358/2022-77135 | 公开方式： | 主动",
        "| 报告 |",
        "首页",
      ]),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("flags paths of column names separated by “/”, a home link glued to a column, and a bare column name", () => {
    expect(flagged(["首页 / 信息公开 / 通知公告", "网站首页/ 工作动态/ 正文", "部门动态/ 通知公告/ 详情", "你现在的位置:", "首页新闻中心", "通知公告", "友情链接"])).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(flagged(["时间/地点/内容"])).toEqual([]);
    expect(flagged(["男/女", "省/市/县", "首页", "根据省/市的统一部署，做好工作。", "首页审核通过后即可办理。"])).toEqual([2]);
    expect(flagged(["首页", ">", "正文", "关于放假的通知"])).toEqual([0, 1, 2]);
    expect(flagged(["标题", "正文", "落款"])).toEqual([]);
  });

  it("flags page footers, page labels, a header date with its weekday, a paywall and the service desk", () => {
    expect(
      flagged(["3/12", "第2页 / 共43页", "第3页 共12页", "- 3 -", "— 12 —", "本文链接：http://example.cn/1.html", "文章标题:县长在县经济工作会议上的讲话", "2024年03月29日 星期五", "(未完，全文共1662字，当前显示422字)", "联系客服", "[打印此页] [关闭本页]", "预览结束，免费获取全文或定制代笔此类文章!"]),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(flagged(["【证明信格式】", "【工作总结】"])).toEqual([0, 1]);
    expect(flagged(["扫一扫在手机打开当前页", "微信图片_20230303170500.jpg"])).toEqual([0, 1]);
    expect(flagged(["（供稿单位：党政办公室）", "（请认真阅读下面的提示信息）", "返回", "关闭"])).toEqual([0, 1, 2, 3]);
  });

  it("flags article counts in either kind of bracket and a bare year tagged to a title, not a congress's numbered paper", () => {
    expect(flagged(["第一篇：湖南省人民政府办公厅文件"])).toEqual([0]);
    expect(flagged(["国庆节放假通知模板(30篇)", "某县2020年政府工作报告 2020", "实施方案（3）"])).toEqual([0, 1, 2]);
    expect(flagged(["某市第十六届人民代表大会第二次会议文件（3）", "2023年12月31日", "二〇二四年 第一季度"])).toEqual([]);
  });

  it("keeps a numbered heading that names 范文 as a section of a how-to document", () => {
    expect(flagged(["三、倡议书范文示例", "二、常见范文结构"])).toEqual([]);
    expect(flagged(["乡镇重点项目年度工作总结范文"])).toEqual([0]);
  });

  it("flags a page's editor, source, keyword, tag and disclosure fields and its font and print buttons", () => {
    const lines = ["(责任编辑:孙启浩 CN037)", "关键词:政府工作报告", "（文章来源：财联社）", "• 索引号:", "发布机构：县政府办公室", "[标签:介绍]", "编号:541193579", "放大字体  缩小字体", "【打印】【关闭】", "下载凤凰新闻网APP客户端,随时随地看新闻!", "/"];
    expect(flagged(lines)).toEqual(lines.map((_, i) => i));
    const table = ["索   引   号 20191202-189769 分        类 其他;", "发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29", "名        称 某市人民政府办公室关于印发细则的通知", "文        号 某政办发〔2019〕29号   上 载 日 期 2019-12-02", "中国政府网 黑龙江省政府网 English 市人大 市政协 市纪委监委", "首     页 政 务 公 开 网 上 办 事 互 动 交 流", "【字体:"];
    expect(flagged(table)).toEqual(table.map((_, i) => i));
    expect(flagged(["王明 李华 张强 赵敏 孙丽 周杰", "组  长 李明", "成  员 王华、张强", "纪 委", "党 委 办 公 室", "分类推进，发布机构改革方案。"])).toEqual([]);
    const footer = ["陕ICP备05001612号", "陕公网安备 61072802000101号", "网站标识码：6107280001", "您是第123456位访客", "字体：[大 中 小]", "网站地图", "阅读：2345", "发布者：admin"];
    expect(flagged(footer)).toEqual(footer.map((_, i) => i));
    expect(flagged(["主办单位：县委宣传部", "技术支持：县农业农村局", "附件：1.报名表"])).toEqual([]);
    expect(flagged(["资料来源：国家统计局", "作者：张三（一等奖）", "来源于群众、服务于群众。", "发文日期：标注具体的出具日期。"])).toEqual([]);
    expect(flagged(["• 索引号：", "6107280000/2024-001005", "• 主题分类：", "• 发文机构：", "县政府网站", "• 内容概述：", "县政府工作规则", "第一章总则"])).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("keeps sentences of a notice that use a site's words in their own sense", () => {
    expect(flagged(["如有疑问请联系客服热线。", "请先登录系统填报", "请各位家长及时联系老师", "工会会员注册登记", "扫一扫下方二维码报名"])).toEqual([]);
  });

  it("keeps the lines of real documents clean", () => {
    expect(
      flagged([
        "会议时间：2024年3月15日（星期五）上午9:00",
        "关于做好2024年春节放假工作的通知",
        "一、2023年工作回顾",
        "全市城镇新增就业4.6万人，完成年度目标的115%。",
        "二〇二四年三月十五日",
        "联系电话：0571-87654321",
        "附件：1.参会回执",
        "下一步，我们要坚持稳中求进。",
        "（2021—2025年）",
        "提纲挈领，抓住关键",
        "我谈几点体会，供大家参考。",
        "互联网+政务服务全面推开",
        "2023年3月28日",
        "平顶山市人民政府办公室",
        "10月1日（星期三）至10月8日（星期三）放假调休，共8天。",
      ]),
    ).toEqual([]);
  });

  it("reads a long sentence without its quotations: a 范文 named in quotes is the topic, not the site speaking", () => {
    expect(flagged(["本文围绕“述职报告范文写作要点”这一主题，从结构、内容和语言三个方面作简要说明。", "下面是小编为大家整理的“述职报告范文”，供参考。"])).toEqual([1]);
  });

  it("flags an article number glued to the document kind on a short title line, and keeps a sentence ending in a figure", () => {
    expect(flagged(["春节乡镇工作总结1", "国庆放假通知2", "全年共召开会议12"])).toEqual([0, 1]);
  });
});

describe("site-line: document sites and disclosure tables", () => {
  it("flags a document site's welcome, history and item id, a bare 文号： and a disclosure table on one long line", () => {
    const lines = [
      "欢迎来到天天文库",
      "浏览记录",
      "ID：9724392",
      "文号：",
      "索引号：11532323015172622Y-/2022-0210001 公文目录：政府工作报告 发文日期：2022年02月10日 主题词：政府工作报告 文  号：牟政发〔2022〕6号 成文日期：2022年02月10日",
    ];
    expect(check(siteLine, lines).map((f) => f.paragraph)).toEqual([0, 1, 2, 3, 4]);
  });

  it("keeps a 文号 explained in a sentence and a welcome in a speech", () => {
    expect(check(siteLine, ["文号：由发文机关代字、年份和序号组成。", "欢迎来到美丽的溪山县参观考察的各位领导和嘉宾！"])).toEqual([]);
  });
});
