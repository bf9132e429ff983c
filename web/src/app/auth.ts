import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authApi, authKeys } from '../api/auth';
import { isApiError } from '../api/client';
import type { Me } from '../api/types';

async function fetchMe(): Promise<Me | null> {
  try {
    return await authApi.me();
  } catch (err) {
    if (isApiError(err) && err.status === 401) return null;
    throw err;
  }
}

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery({ queryKey: authKeys.me, queryFn: fetchMe, staleTime: 60_000 });
}

/** The signed-in user inside guarded routes, where a session is guaranteed. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside a signed-in route');
  return data;
}

export function useHealth() {
  return useQuery({ queryKey: authKeys.health, queryFn: authApi.health, staleTime: 5 * 60_000 });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: authApi.logout,
    onSettled: () => {
      qc.clear();
      qc.setQueryData(authKeys.me, null);
    },
  });
}

/** Re-reads the session after a stage-changing action (password change, TOTP enrolment). */
export function useRefreshMe() {
  const qc = useQueryClient();
  return () => qc.fetchQuery({ queryKey: authKeys.me, queryFn: fetchMe, staleTime: 0 });
}
