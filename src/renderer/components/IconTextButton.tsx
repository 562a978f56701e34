// A button with an icon before its words: the icon is decoration (hidden from screen readers), the
// words are its accessible name. The `with-icon` class lays the two out; `className` picks the look.
import type { LucideIcon } from 'lucide-react';
import type { ButtonHTMLAttributes, ReactNode } from 'react';

interface IconTextButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  icon: LucideIcon;
  /** Look: "secondary-button" (default), "primary-button", "secondary-button danger-text", … */
  className?: string;
  iconSize?: number;
  children: ReactNode;
}

export function IconTextButton({
  icon: Icon,
  className = 'secondary-button',
  type = 'button',
  iconSize = 15,
  children,
  ...rest
}: IconTextButtonProps) {
  return (
    <button type={type} className={`${className} with-icon`} {...rest}>
      <Icon size={iconSize} aria-hidden="true" />
      {children}
    </button>
  );
}
