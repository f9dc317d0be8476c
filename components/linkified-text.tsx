// Plain email text with its portal links made clickable (demo mailbox).
const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="break-all">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
