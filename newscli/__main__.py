from newscli.cli import main

main()
