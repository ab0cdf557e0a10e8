import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';

import { Avatar } from '@/components/ui/avatar';
import { BellIcon, ChevronDownIcon, SignOutIcon, UserIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';

import type { SignedInEmployee } from '../api/get-me';
import { useSignOut } from '../api/sign-out';

type UserMenuProps = { me: SignedInEmployee };

// A disclosure (button + list of links), not an ARIA menu: two plain actions need no arrow-key
// roving focus, and links stay links for assistive technology.
export const UserMenu = ({ me }: UserMenuProps) => {
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const signOut = useSignOut();

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  return (
    <div
      className="user-menu"
      ref={rootRef}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((current) => !current)}
      >
        <Avatar name={me.name} size="small" />
        <span className="user-menu__name" data-testid="signed-in-name">
          {me.name}
        </span>
        <ChevronDownIcon />
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__who">
          <span className="user-menu__who-name">{me.name}</span>
          <span className="muted">{me.email}</span>
        </p>
        <ul className="user-menu__list">
          <li>
            <Link className="user-menu__item" to={paths.myProfile} onClick={() => setOpen(false)}>
              <UserIcon /> My profile
            </Link>
          </li>
          <li>
            <Link className="user-menu__item" to={paths.notificationSettings} onClick={() => setOpen(false)}>
              <BellIcon /> Notification settings
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="user-menu__item"
              disabled={signingOut}
              onClick={() => {
                setSigningOut(true);
                void signOut();
              }}
            >
              <SignOutIcon /> {signingOut ? 'Signing out…' : 'Sign out'}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
};
