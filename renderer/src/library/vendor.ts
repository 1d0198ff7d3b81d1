// URLs of the pdf.js and tesseract.js files that the build copies under vendor/ (scripts/vendorAssets.ts).

/** An absolute URL on the app's own origin (`app://glose/vendor/…` in Electron). */
export function vendorUrl(path: string): string {
  return new URL(`vendor/${path}`, document.baseURI).href;
}
