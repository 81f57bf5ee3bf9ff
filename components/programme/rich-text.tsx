import { textBlocks } from '@/lib/programme/text-blocks';

/** A source text with its paragraphs and "- " lists kept, for reading on screen and on paper. */
export function RichText({ text, className = '' }: { text: string; className?: string }) {
  return (
    <div className={`flex max-w-prose flex-col gap-3 ${className}`}>
      {textBlocks(text).map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>{block.text}</p>
        ) : (
          <ul key={i} className="list-disc space-y-1 pl-6">
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
