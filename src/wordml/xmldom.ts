/** The XML layer for Node (CLI, jest): @xmldom/xmldom, failing on any parse error. Not bundled into the pane. */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { XmlDom } from "./xml";

export function nodeXml(): XmlDom {
  const serializer = new XMLSerializer();
  // one parser for every parse: building one compiles xmldom's grammar again
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`XML 格式错误：${message}`);
    },
  });
  return {
    parse: (text) => parser.parseFromString(text, "application/xml") as unknown as Document,
    serialize: (node) => serializer.serializeToString(node as never),
  };
}
