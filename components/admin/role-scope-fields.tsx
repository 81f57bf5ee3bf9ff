'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { useMessageText } from '@/components/forms/use-message-text';
import { SelectField } from '@/components/ui/field';
import { accountRoles, coordinatorScopes } from '@/lib/admin/accounts/schema';

interface RoleScopeValues {
  role: (typeof accountRoles)[number];
  coordinatorScope: (typeof coordinatorScopes)[number];
  schoolIds: string[];
}

/**
 * The role, and for a coordinator which schools they follow: all, or the ones ticked.
 * Used inside a FormProvider by the invite and the edit form.
 */
export function RoleScopeFields({ schools, roleHint, roleLocked }: { schools: { id: string; name: string }[]; roleHint?: string; roleLocked?: boolean }) {
  const t = useTranslations('admin.accounts');
  const tAuth = useTranslations('auth.roles');
  const text = useMessageText();
  const id = useId();
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<RoleScopeValues>();
  const role = useWatch({ control, name: 'role' });
  const scope = useWatch({ control, name: 'coordinatorScope' });
  const { field: schoolIds } = useController({ control, name: 'schoolIds' });
  const schoolsError = text(errors.schoolIds?.message ?? errors.schoolIds?.root?.message);

  return (
    <>
      {roleLocked ? (
        // Shown, not offered: the value stays in the form as it was.
        <div className="flex flex-col gap-1">
          <p className="font-semibold">{t('role')}</p>
          <p>{tAuth(role)}</p>
          {roleHint ? <p className="text-sm text-gray-600">{roleHint}</p> : null}
        </div>
      ) : (
        <SelectField label={t('role')} hint={roleHint} error={text(errors.role?.message)} {...register('role')}>
          {accountRoles.map((r) => (
            <option key={r} value={r}>
              {tAuth(r)}
            </option>
          ))}
        </SelectField>
      )}
      {role === 'COORDINATOR' ? (
        <fieldset className="flex flex-col gap-2 rounded-md border border-gray-300 p-4">
          <legend className="px-1 font-semibold">{t('scopeLegend')}</legend>
          {coordinatorScopes.map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-2">
              <input type="radio" value={value} className="size-5" {...register('coordinatorScope')} />
              {t(`scope.${value}`)}
            </label>
          ))}
          {scope === 'SELECTED' ? (
            <fieldset
              className="mt-2 flex flex-col gap-1 border-t border-gray-200 pt-3"
              aria-describedby={schoolsError ? `${id}-schools-error` : undefined}
            >
              <legend className="font-semibold">{t('schools')}</legend>
              {schools.length === 0 ? <p className="text-sm text-gray-700">{t('noSchools')}</p> : null}
              {schools.map((school, index) => {
                const checked = schoolIds.value.includes(school.id);
                return (
                  <label key={school.id} className="flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      className="size-5"
                      checked={checked}
                      ref={index === 0 ? schoolIds.ref : undefined}
                      onBlur={schoolIds.onBlur}
                      onChange={() => schoolIds.onChange(checked ? schoolIds.value.filter((s) => s !== school.id) : [...schoolIds.value, school.id])}
                    />
                    {school.name}
                  </label>
                );
              })}
              {schoolsError ? (
                <p id={`${id}-schools-error`} role="alert" className="text-sm font-medium text-red-700">
                  {schoolsError}
                </p>
              ) : null}
            </fieldset>
          ) : null}
        </fieldset>
      ) : null}
    </>
  );
}
