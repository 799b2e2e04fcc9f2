/** Words the matcher reads around a placeholder that say when, where or how much, not what. */

/** A placeholder-like run with the unit written after it, up to the next punctuation. */
export const unitAfterMarker = /\d*[XxＸｘ╳]+(?:[.．][XxＸｘ╳\d]+)?\d*[^，,；;、。]{0,6}/g;

// Words that say when, where or how much, not what: a stretch made only of these names no indicator.
const filler =
  /按(?:可比|不变)?价格?计算|[（(]下同[）)]|\d{4}年|[\d\-－—~～]+月(?:份|底|末)?|上半年|下半年|[一二三四]季度|全年|今年|去年|上年|比上年|同比|可比|较上年|同期|年末|年底|末|截至|截止|其中|全市|全县|全区|全省|全国|我市|我县|我区|按可比价格?计算|分别|合计|总计|累计|共计|共|为|是|达到|达|实现|完成|增长|增幅|增速|年均|下降|提高|增加|减少|降低|上升|提升|回落|约|近|超过|突破|了|到|至|从|的|和|及|与|以上|左右|比|低|高|高于|低于|快于|慢于|高出|持平|平均水平|平均|“|”/g;

/** Whether a stretch of the clause names something of its own (two or more meaningful characters). */
export const namesSomething = (text: string): boolean => (text.replace(filler, "").match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 2;

/** Words that end a clause before its figure without naming anything (达到, 完成, 增长…). */
export const verbs = /(?:达到|达|为|是|共计|共|累计|完成|实现|增长|下降|提高|增加|减少|降低|超过|突破|约|近|了|到|新增|同比|比上年)+$/;
