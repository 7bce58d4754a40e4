import { createCommentBodySchema, ROLE_NAMES } from '@ragboard/shared';
import { type FormEvent, useState } from 'react';
import { Textarea } from '../../../components/form/textarea';
import { InlineError } from '../../../components/inline-error';
import { Loading } from '../../../components/loading';
import { TextWithBullets } from '../../../components/text-with-bullets';
import { formatDay } from '../../../lib/format-date';
import { useAddComment } from '../api/add-comment';
import { useComments } from '../api/get-comments';

function CommentForm({ actionId }: { actionId: string }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = useAddComment({ onSuccess: () => setText('') });
  function send(event: FormEvent) {
    event.preventDefault();
    const parsed = createCommentBodySchema.safeParse({ text });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'Enter your comment');
      document.getElementById('comment-text')?.focus();
      return;
    }
    setProblem(null);
    add.mutate({ actionId, text: parsed.data.text });
  }
  return (
    <form onSubmit={send} noValidate>
      {add.error && <InlineError message={add.error.message} alert />}
      <Textarea
        id="comment-text"
        label="Add a comment"
        hint="Everyone who can read the plan sees comments."
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={problem ?? undefined}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={add.isPending}>
        Add comment
      </button>
    </form>
  );
}

/** What the forum and partners have said about the action, oldest first, and a box to add to it. */
export function ActionComments({ actionId }: { actionId: string }) {
  const comments = useComments(actionId);
  return (
    <section aria-labelledby="comments-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="comments-heading">
        Comments
      </h2>
      {comments.isPending && <Loading what="the comments" />}
      {comments.isError && (
        <InlineError message={`The comments could not be loaded. ${comments.error.message}`} />
      )}
      {comments.data?.comments.length === 0 && <p className="govuk-body">No comments yet.</p>}
      {comments.data && comments.data.comments.length > 0 && (
        <ol className="govuk-list app-timeline">
          {comments.data.comments.map((comment) => (
            <li key={comment.id} className="app-timeline__item">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
                {comment.author} ({ROLE_NAMES[comment.authorRole]}), {formatDay(comment.createdAt)}
              </h3>
              <TextWithBullets text={comment.text} />
            </li>
          ))}
        </ol>
      )}
      {comments.data?.mayComment && <CommentForm actionId={actionId} />}
    </section>
  );
}
