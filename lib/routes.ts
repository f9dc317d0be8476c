// Which paths belong to the signed-in area (proxy redirects the anonymous from them).
const SIGNED_IN_PREFIXES = ["/dashboard", "/organization", "/staff", "/vendor", "/account", "/programs", "/membership", "/requests"];

export function isSignedInPath(pathname: string): boolean {
  return SIGNED_IN_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
