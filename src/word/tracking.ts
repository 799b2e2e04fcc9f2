/**
 * Queues `edits` under track changes when `tracking` (the document, with changeTrackingMode loaded) is given, then
 * puts the user's own mode back in the same batch.
 */
export function withTracking(context: Word.RequestContext, tracking: Word.Document | undefined, edits: () => void): void {
  const previous = tracking?.changeTrackingMode;
  if (tracking && previous !== "TrackAll") context.document.changeTrackingMode = "TrackAll";
  edits();
  if (tracking && previous && previous !== "TrackAll") context.document.changeTrackingMode = previous;
}
