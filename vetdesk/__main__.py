from vetdesk.cli import main

raise SystemExit(main())
