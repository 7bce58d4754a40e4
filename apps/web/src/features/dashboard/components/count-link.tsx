import { Link } from 'react-router';

interface CountLinkProps {
  count: number;
  /** Read after the number, so the link says what it counts: "Red actions in priority 3". */
  hiddenWords: string;
  to: string;
  className?: string;
}

/** A number that opens the list behind it; a screen reader hears the whole phrase, the eye sees the number. */
export function CountLink({ count, hiddenWords, to, className }: CountLinkProps) {
  return (
    <Link to={to} className={`govuk-link${className ? ` ${className}` : ''}`}>
      {count}
      <span className="govuk-visually-hidden"> {hiddenWords}</span>
    </Link>
  );
}
