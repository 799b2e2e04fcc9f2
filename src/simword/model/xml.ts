import { type XmlDom, browserXml } from "../../wordml/xml";
import { nodeXml } from "../../wordml/xmldom";

/** The XML parser the simulation uses: the browser's in the preview, @xmldom/xmldom under Node (tests, CLI). */
export function simXml(): XmlDom {
  return typeof DOMParser === "undefined" ? nodeXml() : browserXml();
}
