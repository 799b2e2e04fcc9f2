import { type IndicatorTable, TableSchema } from "./schema";

const src = "示例数据（非真实统计）";

/**
 * The bundled table: sample figures (示例数据, not real statistics) for every number, person and place placeholder of
 * the two seed speeches — a 市-level speech reviewing 2019 and a 县-level one. Names of people and places are
 * invented (云川市, 溪山县) so a sample fill can never pass for a real region.
 */
export const bundledTable: IndicatorTable = TableSchema.parse({
  format: "draftkit-table",
  version: 1,
  title: "内置示例指标表",
  sample: true,
  rows: [
    { name: "城镇新增就业", aliases: ["新增就业"], value: 23456, unit: "人", period: "2019年", region: "全市", source: src },
    { name: "城镇新增就业", aliases: ["新增就业"], value: 8125, unit: "人", period: "2020年1-5月", region: "全市", source: src },
    { name: "城镇登记失业率", aliases: ["城镇失业率", "失业率"], value: 3.2, unit: "%", period: "2019年", region: "全市", source: src },
    { name: "引进高端人才", aliases: ["高端人才"], value: 126, unit: "人", period: "2019年", region: "全市", source: src },
    { name: "职业技能培训", aliases: ["技能培训"], value: 34567, unit: "人次", period: "2019年", region: "全市", source: src },
    { name: "接收安置军队转业干部", aliases: ["军队转业干部", "转业干部"], value: 85, unit: "人", period: "2019年", region: "全市", source: src },
    { name: "清理行政权力事项", aliases: ["行政权力事项"], value: 953, unit: "项", period: "2019年", region: "全市", source: src },
    { name: "追讨工资惠及劳动者", aliases: ["劳动者"], value: 1286, unit: "人", period: "2019年", region: "全市", source: src },
    { name: "追讨工资金额", aliases: ["追讨工资"], value: 23456000, unit: "元", period: "2019年", region: "全市", source: src },
    { name: "查处未参保案件", aliases: ["未参保", "未缴纳社会保险费"], value: 57, unit: "件", period: "2019年", region: "全市", source: src },
    { name: "查处未签订劳动合同案件", aliases: ["未签订合同", "未签订劳动合同"], value: 43, unit: "件", period: "2019年", region: "全市", source: src },
    { name: "查处违反最低工资规定案件", aliases: ["违反最低工资规定"], value: 12, unit: "件", period: "2019年", region: "全市", source: src },
    { name: "城镇新增就业", aliases: ["新增就业"], value: 5210, unit: "人", period: "2019年", region: "全县", source: src },
    { name: "农民工工资建账率", aliases: ["建账率"], value: 100, unit: "%", period: "2019年", region: "全县", source: src },
    { name: "市名", value: "云川市", region: "全市", source: src, kind: "place" },
    { name: "县名", value: "溪山县", region: "全县", source: src, kind: "place" },
    { name: "人才工程冠名", aliases: ["英才工程"], value: "云川", region: "全市", source: src, kind: "name" },
    { name: "市委书记", aliases: ["书记"], value: "李志刚", region: "全市", source: src, kind: "person" },
    { name: "市长", value: "王建国", region: "全市", source: src, kind: "person" },
    { name: "市人社局局长", aliases: ["局长", "人社局局长"], value: "张敏", region: "全市", source: src, kind: "person" },
    { name: "县人社局局长", aliases: ["局长", "人社局局长"], value: "欧阳明", region: "全县", source: src, kind: "person" },
    { name: "分管副县长", aliases: ["副县长"], value: "陈红", region: "全县", source: src, kind: "person" },
  ],
});
