/**
 * Inside `Word.run`, every object the batch creates or loads is tracked until the run ends, and the run's last
 * request then releases them all: at 50,000 paragraphs that request is several megabytes, over Word on the web's
 * payload limit, and the runtime's cleanup is quadratic in the number of objects (office-js #5692). Microsoft's
 * guidance for thousands of objects is to untrack them once done ("Having many tracked objects slows down the host
 * application… You will need to call context.sync() before the memory release takes effect", Word.Paragraph.untrack).
 *
 * `track()` first makes the object explicitly ours, which takes it off the run's automatic cleanup list (else the
 * runtime would release it a second time at the end); `untrack()` then queues its release into the next request.
 * An object created in the request being built is released before it is ever kept: no action at all.
 */
import type { TrackableApi } from "./wordApi";

export function release(objects: Iterable<TrackableApi>): void {
  for (const object of objects) {
    object.track();
    object.untrack();
  }
}
