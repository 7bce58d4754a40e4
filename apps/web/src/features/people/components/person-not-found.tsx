import { Link } from 'react-router';

/** A person who was never there, or was merged into someone else and left the list. */
export function PersonNotFound() {
  return (
    <>
      <title>Person not found – ragboard</title>
      <h1 className="govuk-heading-l">Person not found</h1>
      <p className="govuk-body">They may have been merged into someone else.</p>
      <p className="govuk-body">
        <Link to="/people" className="govuk-link">
          Back to people
        </Link>
      </p>
    </>
  );
}
