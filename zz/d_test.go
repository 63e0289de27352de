package zz
import ("testing";"os";"fmt"
"github.com/asyncscript/asyncscript/interp"
"github.com/asyncscript/asyncscript/lang")
func TestD(t *testing.T){ src,_:=os.ReadFile(os.Getenv("SRC")); m,err:=lang.Parse("x",src,lang.ModeFile); if err!=nil{t.Fatal(err)}; c,err:=interp.Compile(m,interp.CompileOptions{}); if err!=nil{t.Fatal(err)}; fmt.Println(c.Disassemble())}
