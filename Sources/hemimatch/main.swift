import HemimatchCommands

Hemimatch.main()
