export const authKeys = {
  all: ['auth'] as const,
  session: () => [...authKeys.all, 'session'] as const,
  options: () => [...authKeys.all, 'options'] as const,
  notifications: () => [...authKeys.all, 'notifications'] as const,
};
