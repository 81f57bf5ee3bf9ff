/** Next.js request-scoped APIs, for code called outside a request in integration tests. */
export const revalidated: string[] = [];

export function revalidatePath(path: string): void {
  revalidated.push(path);
}

export function revalidateTag(tag: string): void {
  revalidated.push(`tag:${tag}`);
}

export function updateTag(tag: string): void {
  revalidated.push(`tag:${tag}`);
}

export function refresh(): void {}
