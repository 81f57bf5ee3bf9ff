/** The Dutch refusals of the run actions (the forms show them as they are). */
export const runMessages = {
  notReady: 'Deze les is nog niet klaar voor de les: beiden moeten het plan eerst aftekenen.',
  alreadyHeld: 'Deze les is al afgerond.',
  evaluationSubmitted: 'De evaluatie van deze les is ingediend: de notities en uitkomsten liggen vast.',
  notInPlan: 'Deze activiteit staat niet in het plan.',
  pupilNotInClass: 'Deze leerling hoort niet bij deze klas.',
  notAuthor: 'Alleen wie de notitie maakte kan haar wijzigen of verwijderen.',
  busy: 'Uw partner deed net hetzelfde. Probeer het opnieuw.',
} as const;
