// Where one application and one loan open: pages every role shares, outside the role areas, so the
// links in notifications (/applications/{id}, /loans/{id}) land on them as they are.
export const APPLICATIONS_AREA = '/applications';
export const LOANS_AREA = '/loans';

export const applicationPath = (id: string) => `${APPLICATIONS_AREA}/${encodeURIComponent(id)}`;
export const loanPath = (id: string) => `${LOANS_AREA}/${encodeURIComponent(id)}`;
