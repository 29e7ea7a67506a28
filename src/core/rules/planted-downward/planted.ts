import type { Finding } from "../../document/findings";
export type Planted = Finding;
