import { type GlossaryTerm, glossaryTermBodySchema } from '@ragboard/shared';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { FieldError } from '../../components/form/error-summary';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../../components/form/field-errors';
import { FormPage } from '../../components/form/form-page';
import { TextInput } from '../../components/form/text-input';
import { ItemNotFound } from '../../components/item-not-found';
import { Loading } from '../../components/loading';
import { QueryError } from '../../components/query-error';
import { changedFields } from '../../lib/changes';
import { paths } from '../../lib/paths';
import { isStaleVersion } from '../../lib/stale-version';
import { useAddGlossaryTerm } from './api/add-glossary-term';
import { usePublication } from './api/get-publication';
import { useUpdateGlossaryTerm } from './api/update-glossary-term';

function GlossaryTermForm({ planId, term }: { planId: string; term: GlossaryTerm | null }) {
  const navigate = useNavigate();
  const back = paths.planPublication(planId);
  const toPublication = () => navigate(back);
  const add = useAddGlossaryTerm({ onSuccess: toPublication });
  const update = useUpdateGlossaryTerm(planId, { onSuccess: toPublication });
  const [fields, setFields] = useState({ term: term?.term ?? '', expansion: term?.expansion ?? '' });
  const [refused, setRefused] = useState<FieldError[]>([]);
  const error = add.error ?? update.error;
  const errors = refused.length > 0 ? refused : fieldErrorsFrom(error, 'term');
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  function save() {
    const parsed = glossaryTermBodySchema.safeParse(fields);
    setRefused(parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues, 'term'));
    if (!parsed.success) return;
    if (!term) return add.mutate({ planId, body: parsed.data });
    const changes = changedFields({ term: term.term, expansion: term.expansion }, parsed.data);
    if (Object.keys(changes).length === 0) toPublication();
    else update.mutate({ term, changes });
  }

  return (
    <FormPage
      title={term ? `Change ${term.term}` : 'Add a term to the glossary'}
      caption="Public progress page"
      back={{ to: back, label: 'Back to the public page’s settings' }}
      errors={errors}
      conflict={refused.length === 0 && isStaleVersion(error)}
      submitLabel={term ? 'Save changes' : 'Add term'}
      pending={add.isPending || update.isPending}
      onSubmit={save}
    >
      <TextInput
        id="term"
        label="Term"
        hint="As the plan writes it. An acronym keeps its capitals: EHCP, PfA, SENCO."
        width="20"
        spellCheck={false}
        value={fields.term}
        onChange={(event) => setFields({ ...fields, term: event.target.value })}
        error={errorFor('term')}
      />
      <TextInput
        id="expansion"
        label="What it means"
        hint="In plain words, such as: Education, health and care plan"
        value={fields.expansion}
        onChange={(event) => setFields({ ...fields, expansion: event.target.value })}
        error={errorFor('expansion')}
      />
    </FormPage>
  );
}

/** Adds a glossary term, or (with :termId) changes one, sending the version the manager saw. */
export default function GlossaryTermPage() {
  const { planId = '', termId } = useParams();
  const publication = usePublication(planId);
  if (publication.isPending) return <Loading what="the glossary" />;
  if (publication.isError)
    return <QueryError title="The glossary could not be shown" error={publication.error} />;
  const term = termId ? publication.data.glossary.find((t) => t.id === termId) : null;
  if (term === undefined) {
    return (
      <ItemNotFound
        what="glossary term"
        back={{ to: paths.planPublication(planId), label: 'Back to the glossary' }}
      />
    );
  }
  return <GlossaryTermForm key={term?.version ?? 0} planId={planId} term={term} />;
}
