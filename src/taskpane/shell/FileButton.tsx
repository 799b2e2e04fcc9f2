import { Button } from "@fluentui/react-components";
import { type ReactNode, useRef } from "react";

/** A button that opens the file picker and hands over the chosen file (the input is cleared so a file can be re-picked). */
export function FileButton({ accept, onFile, children, testId }: { accept: string; onFile(f: File): void; children: ReactNode; testId: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onFile(f);
          e.target.value = "";
        }}
      />
      <Button size="small" onClick={() => input.current?.click()} data-testid={`${testId}-button`}>
        {children}
      </Button>
    </>
  );
}
