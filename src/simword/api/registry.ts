import type { SimContentControl } from "../model/document";
import type { SimParagraph, SimTable } from "../model/nodes";
import type { Span } from "../model/span";
import type { SimRequestContext } from "../runtime/context";
import type { ContentControlCollectionProxy, ContentControlProxy } from "./contentControl";
import type { ParagraphCollectionProxy, ParagraphProxy } from "./paragraph";
import type { RangeCollectionProxy, RangeProxy } from "./range";
import type { TableCollectionProxy } from "./table";

type Factory<M, P> = (ctx: SimRequestContext, resolve?: () => M | null) => P;

/**
 * Constructors of the proxy classes, filled in by the api index. Range-like objects create each other
 * (a paragraph's getRange gives a Range, a Range's paragraphs give Paragraphs); the registry breaks the import cycle.
 */
export const make = {} as {
  range: Factory<Span, RangeProxy>;
  rangeCollection: Factory<Span[], RangeCollectionProxy>;
  paragraph: Factory<SimParagraph, ParagraphProxy>;
  paragraphCollection: Factory<SimParagraph[], ParagraphCollectionProxy>;
  contentControl: Factory<SimContentControl, ContentControlProxy>;
  contentControlCollection: Factory<SimContentControl[], ContentControlCollectionProxy>;
  tableCollection: Factory<SimTable[], TableCollectionProxy>;
};
