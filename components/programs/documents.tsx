type Doc = { id: string; title: string; file: { id: string; filename: string; sizeBytes: number } };

export function DocumentList({ documents, empty }: { documents: Doc[]; empty: string }) {
  if (!documents.length) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="flex flex-col gap-1">
      {documents.map((d) => (
        <li key={d.id}>
          <a href={`/api/files/${d.file.id}`}>{d.title}</a>{" "}
          <span className="text-sm text-slate-700">
            ({d.file.filename}, {Math.max(1, Math.round(d.file.sizeBytes / 1024))} KB)
          </span>
        </li>
      ))}
    </ul>
  );
}
