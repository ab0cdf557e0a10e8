import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';

import { meQueryKey } from '@/features/auth/api/get-me';
import { createQueryClient } from '@/lib/react-query';
import { onSessionLoss } from '@/lib/session';

export const AppProvider = ({ children }: { children: ReactNode }) => {
  const [queryClient] = useState(createQueryClient);

  // A request anywhere found the session gone: forget who was signed in, and <RequireSession>
  // sends the person to sign-in (saying why when it expired).
  useEffect(() => onSessionLoss(() => queryClient.setQueryData(meQueryKey, null)), [queryClient]);

  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
};
