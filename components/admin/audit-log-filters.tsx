import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import type { AuditLogFilters as Filters } from '@/lib/admin/audit-log/schema';

/** Actions offered as suggestions; any other action (or the start of one) can be typed. */
const KNOWN_ACTIONS = [
  'login.success',
  'login.failure',
  'login.throttled',
  'account.invite',
  'account.update',
  'account.reset-link',
  'account.password-set',
  'account.deactivate',
  'account.reactivate',
  'membership.add',
  'membership.remove',
  'school.create',
  'school.update',
  'class.create',
  'class.update',
  'pupil.move',
];

interface Props {
  filters: Filters;
  users: { id: string; label: string }[];
  classes: { id: string; label: string }[];
}

/**
 * A plain GET form: the filters live in the address, so a filtered view can be bookmarked or
 * shared, and it works before any script has loaded.
 */
export async function AuditLogFilters({ filters, users, classes }: Props) {
  const t = await getTranslations('admin.auditLog');
  return (
    <form method="get" action="/beheer/auditlog" className="mb-6 rounded-lg border border-brand-100 bg-white p-5">
      <fieldset>
        <legend className="mb-3 text-lg font-bold text-brand-800">{t('filtersLegend')}</legend>
        <div className="grid gap-4 sm:grid-cols-2 sm:items-end lg:grid-cols-3">
          <TextField id="filter-actie" name="actie" label={t('action')} hint={t('actionHint')} list="audit-actions" defaultValue={filters.actie ?? ''} autoComplete="off" />
          <datalist id="audit-actions">
            {KNOWN_ACTIONS.map((action) => (
              <option key={action} value={action} />
            ))}
          </datalist>
          <SelectField id="filter-gebruiker" name="gebruiker" label={t('user')} defaultValue={filters.gebruiker ?? ''}>
            <option value="">{t('anyUser')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </SelectField>
          <SelectField id="filter-klas" name="klas" label={t('class')} defaultValue={filters.klas ?? ''}>
            <option value="">{t('anyClass')}</option>
            {classes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </SelectField>
          <TextField id="filter-van" name="van" type="date" label={t('from')} defaultValue={filters.van ?? ''} />
          <TextField id="filter-tot" name="tot" type="date" label={t('to')} defaultValue={filters.tot ?? ''} />
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass('primary')}>
          {t('apply')}
        </button>
        <Link href="/beheer/auditlog" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
