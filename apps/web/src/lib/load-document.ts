/**
 * Opens an address of the app as a new document, as the organisation's sign-in comes back: the
 * page is made ready before its first paint (decision 043), and nothing of the page before it stays
 * in memory. For the end of signing in.
 */
export function loadDocument(path: string) {
  window.location.assign(path);
}
