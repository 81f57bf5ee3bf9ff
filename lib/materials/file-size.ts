/** How to show a file size: kilobytes below one megabyte, megabytes above (1 MB = 1024 kB, as the upload limit). */
export function fileSizeParts(bytes: number): { unit: 'kilobytes' | 'megabytes'; size: number } {
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) return { unit: 'kilobytes', size: Math.max(0.1, kilobytes) };
  return { unit: 'megabytes', size: kilobytes / 1024 };
}
