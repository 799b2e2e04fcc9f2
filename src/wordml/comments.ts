/**
 * Comments added to a .docx: each marks a stretch of one body paragraph (w:commentRangeStart/End and a
 * w:commentReference run, through the writer's "comment" edits) and gets a w:comment in word/comments.xml. A
 * package without a comments part gets one, with its relationship and content type; every other entry, and every
 * other byte of the entries changed, stays as it was.
 */
import type { XmlRef } from "./model";
import type { DocxFile } from "./read";
import { dirOf, readRels, relsEntryOf } from "./rels";
import { writeEdits } from "./write";
import { W, type XmlDom } from "./xml";
import { entryText, openPackage, savePackage, textBytes } from "./zip";

export interface NewComment {
  paragraph: XmlRef;
  /** the commented stretch of the paragraph's text (Paragraph.text offsets), which must read `text` */
  start: number;
  end: number;
  text: string;
  content: string;
  author: string;
  date: string;
}

export interface CommentsResult {
  bytes: Uint8Array;
  written: number;
  refused: { comment: NewComment; message: string }[];
}

const COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Inserts `text` before the last occurrence of `closing` (a root element's end tag) in an XML entry's text. */
function beforeClosing(raw: string, closing: RegExp, text: string): string | undefined {
  let at = -1;
  for (let m = closing.exec(raw); m; m = closing.exec(raw)) at = m.index;
  return at < 0 ? undefined : raw.slice(0, at) + text + raw.slice(at);
}

const maxIdIn = (doc: Document | undefined): number =>
  doc ? Array.from(doc.getElementsByTagNameNS(W, "*")).reduce((m, e) => Math.max(m, Number(e.getAttributeNS(W, "id")) || 0), 0) : 0;

const commentXml = (id: number, c: NewComment): string =>
  `<w:comment xmlns:w="${W}" w:id="${id}" w:author="${esc(c.author)}" w:date="${esc(c.date)}" w:initials="${esc(c.author.slice(0, 2))}">` +
  c.content
    .split(/\r\n|\r|\n/)
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${esc(line)}</w:t></w:r></w:p>`)
    .join("") +
  `</w:comment>`;

/** Adds comments to the main document's paragraphs; a comment elsewhere (Word allows none in headers) is refused. */
export function addComments(file: DocxFile, comments: readonly NewComment[], xml: XmlDom): CommentsResult {
  const refused: CommentsResult["refused"] = [];
  const usable = comments.filter((c) => {
    const why = c.paragraph.entry !== file.main ? "批注只能加在正文中" : c.end <= c.start ? "批注没有对应的文字" : undefined;
    if (why) refused.push({ comment: c, message: `批注“${c.content}”未写入 .docx：${why}。` });
    return why === undefined;
  });
  if (usable.length === 0) return { bytes: savePackage(file.pkg), written: 0, refused };

  const relsEntry = relsEntryOf(file.main);
  const existing = readRels(file.pkg, xml, relsEntry, dirOf(file.main)).find((r) => r.type === "comments");
  const commentsEntry = existing?.entry ?? `${dirOf(file.main)}/comments.xml`;
  if (!existing && file.pkg.entries.has(commentsEntry)) {
    refused.push(...usable.map((comment) => ({ comment, message: `批注“${comment.content}”未写入 .docx：文件中已有不属于正文的 ${commentsEntry}。` })));
    return { bytes: savePackage(file.pkg), written: 0, refused };
  }
  const commentsRaw = existing ? entryText(file.pkg, existing.entry) : undefined;
  const mainRaw = entryText(file.pkg, file.main) ?? "";
  // comment ids above every w:id of the document and its comments, so none is taken twice
  let id = Math.max(maxIdIn(xml.parse(mainRaw)), maxIdIn(commentsRaw !== undefined ? xml.parse(commentsRaw) : undefined)) + 1;
  const ids = new Map<NewComment, number>();
  for (const c of usable) ids.set(c, id++);
  const w = writeEdits(file, usable.map((c) => ({ paragraph: c.paragraph, start: c.start, end: c.end, text: c.text, value: c.text, mode: { kind: "comment", id: ids.get(c) ?? 0 } })), xml);
  for (const r of w.refused) {
    const c = usable.find((x) => x.paragraph === r.edit.paragraph && x.start === r.edit.start && x.end === r.edit.end);
    if (c) refused.push({ comment: c, message: `批注“${c.content}”未写入 .docx：${r.message}` });
  }
  const written = usable.filter((c) => w.applied.some((e) => e.paragraph === c.paragraph && e.start === c.start && e.end === c.end));
  if (written.length === 0) return { bytes: w.bytes, written: 0, refused };

  const pkg = openPackage(w.bytes);
  const added = written.map((c) => commentXml(ids.get(c) ?? 0, c)).join("");
  if (commentsRaw !== undefined) {
    // each w:comment declares its namespace, whatever prefix the part uses
    const prefix = xml.parse(commentsRaw).documentElement.prefix;
    const next = beforeClosing(commentsRaw, new RegExp(`</${prefix ? `${prefix}:` : ""}comments\\s*>`, "g"), added);
    if (next === undefined) return { bytes: w.bytes, written: 0, refused: [...refused, ...written.map((comment) => ({ comment, message: `批注“${comment.content}”未写入 .docx：无法改写 ${commentsEntry}。` }))] };
    pkg.entries.set(commentsEntry, textBytes(next));
  } else {
    pkg.entries.set(commentsEntry, textBytes(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}">${added}</w:comments>`));
    const rels = entryText(pkg, relsEntry) ?? "";
    const relIds = new Set([...rels.matchAll(/Id="([^"]*)"/g)].map((m) => m[1]));
    let n = 1;
    while (relIds.has(`rIdDk${n}`)) n += 1;
    const target = commentsEntry.slice(dirOf(file.main).length + (dirOf(file.main) ? 1 : 0));
    const rel = `<Relationship Id="rIdDk${n}" Type="${COMMENTS_TYPE}" Target="${target}"/>`;
    const relsNext = rels === "" ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>` : beforeClosing(rels, /<\/Relationships\s*>/g, rel);
    const types = entryText(pkg, "[Content_Types].xml") ?? "";
    const typesNext = beforeClosing(types, /<\/Types\s*>/g, `<Override PartName="/${commentsEntry}" ContentType="${COMMENTS_CT}"/>`);
    if (relsNext === undefined || typesNext === undefined) return { bytes: w.bytes, written: 0, refused: [...refused, ...written.map((comment) => ({ comment, message: `批注“${comment.content}”未写入 .docx：文件的关系或内容类型表无法改写。` }))] };
    pkg.entries.set(relsEntry, textBytes(relsNext));
    pkg.entries.set("[Content_Types].xml", textBytes(typesNext));
  }
  return { bytes: savePackage(pkg), written: written.length, refused };
}
