/** What the details page gives a tab that follows the container's running state. */
export interface LiveTabProps {
  containerId: string;
  name: string;
  running: boolean;
}
