// Tells PNG, JPEG and TIFF apart by their signatures, whatever the file's name says.

export type ImageType = 'png' | 'jpeg' | 'tiff';

export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const starts = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  return null;
}
