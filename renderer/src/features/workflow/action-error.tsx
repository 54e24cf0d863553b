/** The refusal of a command under its form, announced; the form itself stays as typed. */
export function ActionError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="notice notice--error wf-action-error" role="alert">
      <span>{message}</span>
    </div>
  );
}
