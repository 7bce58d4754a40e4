import { Link } from 'react-router';

/** An item the page names but cannot find: never there, deleted, archived or merged away. */
export function ItemNotFound({ what, back }: { what: string; back: { to: string; label: string } }) {
  const heading = `${what[0]?.toUpperCase()}${what.slice(1)} not found`;
  return (
    <>
      <title>{`${heading} – ragboard`}</title>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">It may have been deleted, archived or merged into another.</p>
      <p className="govuk-body">
        <Link to={back.to} className="govuk-link">
          {back.label}
        </Link>
      </p>
    </>
  );
}
