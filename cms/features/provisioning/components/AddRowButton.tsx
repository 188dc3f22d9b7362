import { Button } from '@payloadcms/ui'

/** "+ Add a domain", "+ Add a person": a new empty row at the end of the section. */
export const AddRowButton = ({ id, label, onClick }: { id: string; label: string; onClick: () => void }) => (
  <Button id={id} buttonStyle="secondary" size="small" margin={false} onClick={onClick}>
    + {label}
  </Button>
)
