import { ContentControlCollectionProxy, ContentControlProxy } from "./contentControl";
import { ParagraphCollectionProxy, ParagraphProxy } from "./paragraph";
import { RangeCollectionProxy, RangeProxy } from "./range";
import { make } from "./registry";
import { TableCollectionProxy } from "./table";

make.range = (ctx, r) => new RangeProxy(ctx, r);
make.rangeCollection = (ctx, r) => new RangeCollectionProxy(ctx, r);
make.paragraph = (ctx, r) => new ParagraphProxy(ctx, r);
make.paragraphCollection = (ctx, r) => new ParagraphCollectionProxy(ctx, r);
make.contentControl = (ctx, r) => new ContentControlProxy(ctx, r);
make.contentControlCollection = (ctx, r) => new ContentControlCollectionProxy(ctx, r);
make.tableCollection = (ctx, r) => new TableCollectionProxy(ctx, r);

export { DocumentProxy } from "./document";
