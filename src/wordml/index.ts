/** WordprocessingML (.docx) in and out, shared by the CLI, the preview, the web page and the simulated host. */
export * from "./model";
export { readDocx, type DocxFile, type ReadResult } from "./read";
export { writeEdits, type EditRefusal, type WriteResult } from "./write";
export { snapshotOfDocx, reviewedText, fullOffset, type DocxSnapshot } from "./snapshot";
export { editsForFills, AUTHOR } from "./fill";
export { browserXml, type XmlDom } from "./xml";
