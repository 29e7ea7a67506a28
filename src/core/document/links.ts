/**
 * Which addresses the add-in may turn into hyperlinks: https only, on hosts of the allow-list, written in plain
 * ASCII (no look-alike or IDN hosts), with no user name or password. Anything else — javascript:, data:, http:,
 * "www.itu.int.evil.example" — is refused.
 */
export const DEFAULT_LINK_HOSTS: readonly string[] = ["www.itu.int", "itu.int"];

export function isSafeLink(address: string, allowedHosts: readonly string[] = DEFAULT_LINK_HOSTS): boolean {
  if (!/^https:\/\/[\x21-\x7e]+$/.test(address)) return false; // printable ASCII only: no IDN, no spaces
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  return (
    url.protocol === "https:" &&
    url.username === "" &&
    url.password === "" &&
    url.port === "" &&
    allowedHosts.includes(url.hostname.toLowerCase())
  );
}
